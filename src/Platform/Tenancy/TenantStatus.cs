using System.ComponentModel;

namespace KooMessage.Platform.Tenancy;

[Description("Whether a tenant's workspace is usable.")]
public enum TenantStatus
{
    [Description("Usable: its keys work.")]
    Active,

    [Description("Suspended by a platform admin: the tenant's keys stop working and its sending pauses until resumed.")]
    Suspended,
}
