create table vehicles (
    id                    varchar(64)      not null primary key,
    name                  varchar(200),
    battery_capacity_kwh  double precision not null check (battery_capacity_kwh > 0),
    max_charge_power_kw   double precision not null check (max_charge_power_kw > 0),
    soc_percent           double precision check (soc_percent between 0 and 100),
    priority_class        varchar(16)      not null check (priority_class in ('NORMAL', 'FLEET', 'EMERGENCY')),
    created_at            timestamp with time zone not null default current_timestamp
);
