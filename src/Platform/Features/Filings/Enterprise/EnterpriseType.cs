using System.ComponentModel;

namespace KooMessage.Platform.Features.Filings;

[Description("Kind of enterprise (企业类型).")]
public enum EnterpriseType
{
    [Description("State-owned enterprise.")]
    StateOwned,

    [Description("Privately owned enterprise.")]
    Private,

    [Description("Foreign-invested enterprise.")]
    ForeignInvested,

    [Description("Joint venture.")]
    JointVenture,

    [Description("Government agency.")]
    Government,

    [Description("Public institution.")]
    PublicInstitution,

    [Description("Social organisation.")]
    SocialOrganization,

    [Description("Private non-enterprise unit (民办非企业单位), e.g. a private school or clinic.")]
    PrivateNonEnterpriseUnit,

    [Description("Any other kind of enterprise.")]
    Other,
}
