namespace KooMessage.Platform.Features.Enterprise;

/// <summary>企业类型.</summary>
public enum EnterpriseType
{
    StateOwned,
    Private,
    ForeignInvested,
    JointVenture,
    Government,
    PublicInstitution,
    SocialOrganization,
    Other,
}
