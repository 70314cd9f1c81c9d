namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// What a service number says about itself (服务号信息): one revision of it. A service number keeps
/// the revision being edited or reviewed and, apart, the approved one phones show.
/// </summary>
public sealed class ServiceNumberProfile
{
    private ServiceNumberProfile()
    {
    }

    public ServiceNumberProfile(string name, string remark, ServiceNumberIndustry industry, string intro,
        Guid logoFileId, bool signatureAuthorization, Guid authorizationLetterFileId)
    {
        Name = name;
        Remark = remark;
        Industry = industry;
        Intro = intro;
        LogoFileId = logoFileId;
        SignatureAuthorization = signatureAuthorization;
        AuthorizationLetterFileId = authorizationLetterFileId;
    }

    /// <summary>服务号名称, unique on the platform.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>备注名, for the tenant's own reference.</summary>
    public string Remark { get; private set; } = null!;

    public ServiceNumberIndustry Industry { get; private set; }

    /// <summary>服务号简介.</summary>
    public string Intro { get; private set; } = null!;

    /// <summary>A square png/jpg.</summary>
    public Guid LogoFileId { get; private set; }

    /// <summary>
    /// 签名授权: on, every channel number carrying a signature of a bound channel number shows the
    /// service number; off, only the channel numbers bound to it do.
    /// </summary>
    public bool SignatureAuthorization { get; private set; }

    /// <summary>授权书: the signed authorisation image (jpg/png/bmp).</summary>
    public Guid AuthorizationLetterFileId { get; private set; }

    /// <summary>A separate instance with the same values (EF tracks each owned instance once).</summary>
    public ServiceNumberProfile Copy()
        => new(Name, Remark, Industry, Intro, LogoFileId, SignatureAuthorization, AuthorizationLetterFileId);
}
