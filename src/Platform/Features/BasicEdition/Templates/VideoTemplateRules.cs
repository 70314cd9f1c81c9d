using System.Text;
using System.Text.RegularExpressions;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Filings;

namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>Pure rules of video templates (DOMAIN.md "Basic edition"): lengths, frames, resources, placeholders, total size.</summary>
public static partial class VideoTemplateRules
{
    public const int NameMax = 100;
    public const int TitleMax = 20;
    public const int MaxFrames = 8;
    public const int MaxResourcesPerFrame = 10;
    public const int MaxPlaceholder = 100;
    public const int TextMax = 2000;

    /// <summary>A link in a text: what the 短链 letter covers, whatever host it names.</summary>
    [GeneratedRegex(@"https?://", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    /// <summary>
    /// What the frames use that a 视频短信承诺函 variant covers [console]: placeholders and links are read from the
    /// texts; a QR code in an image cannot be read reliably, so the tenant declares it.
    /// </summary>
    public static IReadOnlyList<VideoTemplateFeature> FeaturesOf(IReadOnlyList<VideoFrame> frames, bool containsQrCode)
    {
        var texts = frames.SelectMany(f => f.Resources).Select(r => r.Text).OfType<string>().ToList();
        var features = new List<VideoTemplateFeature>();
        if (texts.Any(t => PlaceholdersIn(t).Any(IsValidPlaceholder)))
            features.Add(VideoTemplateFeature.DynamicParameters);
        if (texts.Any(t => Link().IsMatch(t)))
            features.Add(VideoTemplateFeature.ShortLink);
        if (containsQrCode)
            features.Add(VideoTemplateFeature.QrCode);
        return features;
    }

    /// <summary>The 视频短信承诺函 variant of the BASIC_EDITION filing that covers a feature.</summary>
    public static DocumentType LetterFor(VideoTemplateFeature feature) => feature switch
    {
        VideoTemplateFeature.DynamicParameters => DocumentType.VideoSmsCommitmentLetterDynamicParameters,
        VideoTemplateFeature.ShortLink => DocumentType.VideoSmsCommitmentLetterShortLink,
        _ => DocumentType.VideoSmsCommitmentLetterQrCode,
    };

    /// <summary>Anything shaped like a placeholder, so a malformed one (#p_0#, #p_101#, #p_01#) is reported rather than sent literally.</summary>
    [GeneratedRegex(@"#p_(\d+)#")]
    private static partial Regex Placeholder();

    /// <summary>The placeholder numbers a text uses, valid or not, in order of appearance.</summary>
    public static IEnumerable<string> PlaceholdersIn(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>The distinct placeholders of all texts, ascending: the parameter columns of a number file, after the phone.</summary>
    public static IReadOnlyList<int> Parameters(IEnumerable<VideoFrame> frames)
        => frames.SelectMany(f => f.Resources).Where(r => r.Text is not null)
            .SelectMany(r => PlaceholdersIn(r.Text!)).Where(IsValidPlaceholder).Select(int.Parse).Distinct().Order().ToList();

    /// <summary>1–100 without leading zeros.</summary>
    public static bool IsValidPlaceholder(string number) => number is { Length: >= 1 and <= 3 } && number[0] != '0' && int.Parse(number) <= MaxPlaceholder;

    /// <summary>A text with each #p_n# replaced by the n-th parameter (1-based, by placeholder number).</summary>
    public static string Fill(string text, IReadOnlyDictionary<int, string> values)
        => Placeholder().Replace(text, m => IsValidPlaceholder(m.Groups[1].Value) && values.TryGetValue(int.Parse(m.Groups[1].Value), out var value) ? value : m.Value);

    public static long SizeOfText(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>
    /// Name, title and the number of frames and resources: checked before any resource is resolved, so
    /// an input of a thousand frames is refused without a file being loaded.
    /// </summary>
    public static InputValidator ValidateOutline(this InputValidator v, string? name, string? title, IReadOnlyList<int> resourcesPerFrame)
    {
        v.Length("name", name, 1, NameMax).NoMarkup("name", name);
        v.Length("title", title, 1, TitleMax).NoMarkup("title", title);
        if (title is not null && (title.Contains('【') || title.Contains('】')))
            v.Fail("title", "The title may not contain 【 or 】: the signature brackets are added by the carrier.");
        if (resourcesPerFrame.Count is < 1 or > MaxFrames)
            v.Fail("frames", $"A video template has 1–{MaxFrames} frames; this one has {resourcesPerFrame.Count}.");
        for (var f = 0; f < resourcesPerFrame.Count && f < MaxFrames; f++)
        {
            if (resourcesPerFrame[f] is < 1 or > MaxResourcesPerFrame)
                v.Fail($"frames[{f}].resources", $"A frame has 1–{MaxResourcesPerFrame} resources; this one has {resourcesPerFrame[f]}.");
        }
        return v;
    }

    public static InputValidator ValidateVideoTemplate(this InputValidator v, string? name, string? title, IReadOnlyList<VideoFrame> frames, long maxTotalBytes)
    {
        v.ValidateOutline(name, title, frames.Select(f => f.Resources.Count).ToList());
        if (!v.IsValid)
            return v;
        for (var f = 0; f < frames.Count; f++)
        {
            for (var r = 0; r < frames[f].Resources.Count; r++)
                ValidateResource(v, $"frames[{f}].resources[{r}]", frames[f].Resources[r]);
        }
        var total = frames.SelectMany(f => f.Resources).Sum(r => r.Size);
        if (total > maxTotalBytes)
            v.Fail("frames", $"The resources add up to {total} bytes; a video template may have at most {maxTotalBytes} bytes.");
        return v;
    }

    private static void ValidateResource(InputValidator v, string path, VideoResource resource)
    {
        if (resource.Kind != VideoResourceKind.Text)
        {
            if (resource.FileId is null)
                v.Fail($"{path}.fileId", $"A {EnumNames.Of(resource.Kind)} resource needs an uploaded VIDEO_SMS_RESOURCE file.");
            return;
        }
        v.Length($"{path}.text", resource.Text, 1, TextMax);
        foreach (var number in PlaceholdersIn(resource.Text ?? string.Empty))
        {
            if (!IsValidPlaceholder(number))
                v.Fail($"{path}.text", $"#p_{number}# is not a placeholder: they are #p_1#…#p_{MaxPlaceholder}#.");
        }
    }
}
