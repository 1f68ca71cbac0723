-- Grid signals per hub (issue 15): the latest schedule of each kind from each source (grid limit,
-- price, carbon intensity, base load), so a restart plans with what the sources last said. The
-- intervals are a JSON array of {"start", "end", "value"} in the kind's unit.
-- plans.grid_limit_steps records which source bound the grid limit, as change points
-- [{"slot", "from", "limitKw", "source"}]; null for plans stored before.

create table signal_schedules (
    hub_id       varchar(64)  not null references hubs (id) on delete cascade,
    kind         varchar(32)  not null check (kind in ('GRID_LIMIT_KW', 'PRICE_PER_KWH', 'CARBON_G_PER_KWH', 'BASE_LOAD_KW')),
    source       varchar(64)  not null,
    intervals    jsonb        not null,
    received_at  timestamp with time zone not null,
    valid_until  timestamp with time zone,
    primary key (hub_id, kind, source)
);

alter table plans add column grid_limit_steps jsonb;
