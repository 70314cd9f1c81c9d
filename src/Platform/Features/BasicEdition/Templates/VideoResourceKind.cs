using System.ComponentModel;

namespace KooMessage.Platform.Features.BasicEdition;

[Description("What one resource of a video template frame is (素材类型).")]
public enum VideoResourceKind
{
    [Description("Text, inline or an uploaded UTF-8 txt; may use placeholders #p_1#…#p_100#.")]
    Text,

    [Description("An uploaded jpg, png or gif.")]
    Image,

    [Description("An uploaded mp3 or wav.")]
    Audio,

    [Description("An uploaded 3gp or mp4.")]
    Video,
}
