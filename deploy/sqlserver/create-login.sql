-- Creates the platform's own SQL Server login with only what it needs (run by the sqlserver-init
-- service of docker-compose.yml as sa, once per start; every statement is idempotent).
-- Variables (sqlcmd -v): Database, AppLogin, AppPassword.
-- The app migrates its own schema at start-up (Database:MigrateOnStartup), so besides reading and
-- writing rows it may create and alter tables in its database (db_ddladmin), and nothing else:
-- no server roles, no other databases, not the owner of its database.
IF DB_ID(N'$(Database)') IS NULL
    CREATE DATABASE [$(Database)];
GO
IF SUSER_ID(N'$(AppLogin)') IS NULL
    CREATE LOGIN [$(AppLogin)] WITH PASSWORD = N'$(AppPassword)', CHECK_POLICY = ON, DEFAULT_DATABASE = [$(Database)];
ELSE
    ALTER LOGIN [$(AppLogin)] WITH PASSWORD = N'$(AppPassword)';
GO
USE [$(Database)];
IF USER_ID(N'$(AppLogin)') IS NULL
    CREATE USER [$(AppLogin)] FOR LOGIN [$(AppLogin)];
ALTER ROLE db_datareader ADD MEMBER [$(AppLogin)];
ALTER ROLE db_datawriter ADD MEMBER [$(AppLogin)];
ALTER ROLE db_ddladmin ADD MEMBER [$(AppLogin)];
GO
