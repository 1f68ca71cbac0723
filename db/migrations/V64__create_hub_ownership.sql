-- Many instances, one owner per hub (issue 12, docs/scaling.md).
--
-- int_lock is Spring Integration's JdbcLockRegistry table, as in its schema-postgresql.sql: one row
-- per held lease (lock_key and client_id are UUIDs derived from the hub's key and the instance id);
-- a row older than the lease's time to live is free for any instance to take.
create table int_lock (
    lock_key      char(36)     not null,
    region        varchar(100) not null,
    client_id     char(36),
    created_date  timestamp    not null,
    constraint int_lock_pk primary key (lock_key, region)
);

-- The fencing epoch of each hub: raised on every acquisition, while the lease is held, so every
-- allocation carries a number a later owner's allocations always beat. Taking the larger of the
-- next number and the time in milliseconds keeps it above what a single instance (which numbers by
-- its start time, without the database) used before.
create table hub_owners (
    hub_id       varchar(64) primary key,
    epoch        bigint      not null,
    instance_id  varchar(64) not null,
    acquired_at  timestamp with time zone not null
);

-- The instances alive: each renews its row on every ownership round; a row older than the lease's
-- time to live belongs to an instance that is gone, and no longer counts for the even share.
create table cluster_instances (
    instance_id   varchar(64) primary key,
    started_at    timestamp with time zone not null,
    heartbeat_at  timestamp with time zone not null
);
