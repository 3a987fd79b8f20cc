-- Staff as the program knows them, beside their Camunda login (same id).
create table staff_member (
    user_id        varchar(64)  not null primary key,
    display_name   varchar(200) not null,
    work_phone     varchar(40),
    work_area      varchar(200),
    languages      varchar(200),
    confirmed_at   timestamp    not null
);
