-- Hubs (one grid connection each), their circuits and their pads ("nodes" as in the MQTT topics).
-- Ids are chosen by the hub controllers, which name themselves in their topics.

create table hubs (
    id                       varchar(64)      not null primary key,
    name                     varchar(200)     not null,
    address                  varchar(500),
    latitude                 double precision not null check (latitude between -90 and 90),
    longitude                double precision not null check (longitude between -180 and 180),
    grid_limit_kw            double precision not null check (grid_limit_kw >= 0),
    status                   varchar(16)      not null check (status in ('ONLINE', 'OFFLINE', 'MAINTENANCE')),
    -- The last sequence number given to one of the hub's DLM events (see dlm_events).
    last_dlm_event_sequence  bigint           not null default 0,
    created_at               timestamp with time zone not null default current_timestamp
);

create table circuits (
    hub_id    varchar(64)      not null references hubs (id) on delete cascade,
    id        varchar(64)      not null,
    limit_kw  double precision not null check (limit_kw >= 0),
    primary key (hub_id, id)
);

create table nodes (
    hub_id        varchar(64)      not null references hubs (id),
    id            varchar(64)      not null,
    max_power_kw  double precision not null check (max_power_kw >= 0),
    efficiency    double precision not null check (efficiency > 0 and efficiency <= 1),
    status        varchar(16)      not null check (status in ('AVAILABLE', 'OCCUPIED', 'CHARGING', 'FAULT', 'OFFLINE')),
    circuit_id    varchar(64),
    created_at    timestamp with time zone not null default current_timestamp,
    primary key (hub_id, id),
    foreign key (hub_id, circuit_id) references circuits (hub_id, id)
);

create index hubs_status_idx on hubs (status);
