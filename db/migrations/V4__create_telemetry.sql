-- Time series written in batches by the MQTT ingest. The primary key is the reading's identity
-- (device, device time, device sequence): a redelivered message collides with it and is skipped
-- (insert … on conflict do nothing), and it serves "latest readings of X" without another index.

create table vehicle_telemetry (
    vehicle_id   varchar(64)      not null references vehicles (id) on delete cascade,
    measured_at  timestamp with time zone not null,
    sequence     bigint           not null check (sequence >= 0),
    soc_percent  double precision not null check (soc_percent between 0 and 100),
    latitude     double precision check (latitude between -90 and 90),
    longitude    double precision check (longitude between -180 and 180),
    received_at  timestamp with time zone not null,
    primary key (vehicle_id, measured_at, sequence)
);

create table node_telemetry (
    hub_id             varchar(64)      not null,
    node_id            varchar(64)      not null,
    measured_at        timestamp with time zone not null,
    sequence           bigint           not null check (sequence >= 0),
    power_kw           double precision not null check (power_kw >= 0),
    energy_kwh         double precision not null check (energy_kwh >= 0),
    alignment_percent  double precision check (alignment_percent between 0 and 100),
    vehicle_present    boolean          not null,
    vehicle_id         varchar(64),
    received_at        timestamp with time zone not null,
    primary key (hub_id, node_id, measured_at, sequence),
    foreign key (hub_id, node_id) references nodes (hub_id, id) on delete cascade
);
