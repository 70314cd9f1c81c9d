using System.ComponentModel;

namespace KooMessage.Platform.Features.Dashboard;

[Description("Whose numbers a dashboard follows.")]
public enum DashboardScope
{
    [Description("The caller's tenant (a tenant key, or a platform admin with X-Tenant-Id).")]
    Tenant,

    [Description("The whole platform: tenants, the review queue and traffic across tenants (platform principals only).")]
    Platform,
}
