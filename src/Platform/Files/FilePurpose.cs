namespace KooMessage.Platform.Files;

/// <summary>What an upload is for; decides the accepted types and size (DOMAIN.md "Files").</summary>
public enum FilePurpose
{
    /// <summary>Letters and forms (承诺函, 授权函, 登记表): pdf.</summary>
    Letter,

    /// <summary>Special materials (特殊材料): zip or rar.</summary>
    SpecialMaterials,

    /// <summary>Licences, logos, backgrounds: jpg/jpeg or png.</summary>
    Image,

    /// <summary>The Huawei smart-message authorisation (华为智能信息授权书): jpg/jpeg, png or bmp.</summary>
    AuthorizationImage,

    /// <summary>Recipient number files: UTF-8 txt/csv, with or without BOM.</summary>
    NumberFile,
}
