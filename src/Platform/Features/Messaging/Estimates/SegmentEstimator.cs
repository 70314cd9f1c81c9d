using System.Text;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// Message length and SMS segments (3GPP TS 23.038/23.040, as DOMAIN.md "Segment estimate" puts it):
/// UCS-2 when any character is outside GSM-7 — every UTF-16 unit counts 1 (an emoji 2); 1 part up to
/// 70, else ⌈n/67⌉. GSM-7 — extension characters ^{}\[]~|€ count 2; 1 part up to 160, else ⌈n/153⌉.
/// </summary>
public static class SegmentEstimator
{
    private const string GsmBasic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string GsmExtension = "^{}\\[]~|€\f";

    public static MessageEstimate Estimate(string text)
    {
        var gsmLength = 0;
        foreach (var c in text)
        {
            if (GsmBasic.Contains(c))
                gsmLength += 1;
            else if (GsmExtension.Contains(c))
                gsmLength += 2;
            else
                return new MessageEstimate(text.Length, Segments(text.Length, 70, 67), MessageEncoding.Ucs2);
        }
        return new MessageEstimate(gsmLength, Segments(gsmLength, 160, 153), MessageEncoding.Gsm7);
    }

    private static int Segments(int length, int single, int perPart)
        => length == 0 ? 0 : length <= single ? 1 : (length + perPart - 1) / perPart;

    /// <summary>
    /// The longest message a template can produce: 【signature】 then the content with every variable
    /// at its max length (filled with 'x', a GSM-7 character) and the short link as long as a link of
    /// <paramref name="shortLinkDomain"/>.
    /// </summary>
    public static string RenderLongest(string? signature, string content, IReadOnlyList<TemplateVariable> variables, string shortLinkDomain)
    {
        var builder = new StringBuilder();
        if (!string.IsNullOrEmpty(signature))
            builder.Append('【').Append(signature).Append('】');
        var position = 0;
        foreach (var placeholder in TemplateRules.Placeholders(content))
        {
            builder.Append(content, position, placeholder.Start - position);
            var variable = variables.FirstOrDefault(v => v.Index == placeholder.Index);
            var length = variable?.Type == TemplateVariableType.ShortLink
                ? shortLinkDomain.Length + SendTasks.ShortLinkOptions.LengthBeyondDomain
                : variable?.MaxLength ?? placeholder.Length;
            builder.Append('x', length);
            position = placeholder.End;
        }
        builder.Append(content, position, content.Length - position);
        return builder.ToString();
    }
}
