using System.ComponentModel;

namespace KooMessage.Platform.Files;

[Description("What an upload is for: LETTER pdf ≤2 MB; SPECIAL_MATERIALS zip/rar ≤2 MB; IMAGE jpg/png ≤2 MB; AUTHORIZATION_IMAGE jpg/png/bmp ≤2 MB; NUMBER_FILE txt/csv in UTF-8 or UTF-16 with BOM ≤50 MB; VIDEO_SMS_RESOURCE jpg/png/gif/mp3/wav/3gp/mp4/UTF-8 txt ≤2 MB.")]
public enum FilePurpose
{
    [Description("Letters and forms (承诺函, 授权函, 登记表): pdf.")]
    Letter,

    [Description("Special materials (特殊材料): zip or rar, without archives inside, expanding to at most 100 MB (config).")]
    SpecialMaterials,

    [Description("Licences, logos, backgrounds: jpg/jpeg or png.")]
    Image,

    [Description("The Huawei smart-message authorisation (华为智能信息授权书): jpg/jpeg, png or bmp.")]
    AuthorizationImage,

    [Description("Recipient number files: txt/csv in UTF-8 (with or without BOM) or UTF-16 (with BOM), text throughout.")]
    NumberFile,

    [Description("Resources of video SMS templates (视频短信素材): jpg, png, gif, mp3, wav, 3gp, mp4 or UTF-8 txt; image sizes and media durations are read from their headers, and a file whose header cannot be read is refused.")]
    VideoSmsResource,
}
