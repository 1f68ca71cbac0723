-- ShedLock's lock table: with several instances of the service, one of them runs a hub's scheduled
-- re-plan in each interval (lock name "replan-{hub_id}").

create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp with time zone not null,
    locked_at   timestamp with time zone not null,
    locked_by   varchar(255) not null
);
