using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// The card page (pure): small, mobile-first HTML with no script (but the quick-app page's own few lines), its one
/// style block allowed by hash in the page's Content-Security-Policy. Every value is HTML-encoded, in text and in
/// attributes; a button's href is the page's own counted path (or, on previews, a link the card's rules checked).
/// </summary>
public static class CardPageHtml
{
    private const string Style =
        "body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#f2f3f5;color:#1f2329}" +
        "main{box-sizing:border-box;margin:0 auto;padding:12px}" +
        "section{background:#fff;border-radius:12px;padding:16px;margin-bottom:12px;overflow-wrap:anywhere}" +
        "h1{font-size:20px;margin:0 0 8px}p{margin:0 0 8px;white-space:pre-line}img{display:block;width:100%;border-radius:8px;margin:0 0 8px}" +
        ".button{display:block;text-align:center;background:#0a59f7;color:#fff;text-decoration:none;border-radius:20px;padding:10px;margin:8px 0 0}" +
        "span.button{background:#c9cdd4}" +
        ".watermark{position:fixed;inset:0;display:flex;align-items:center;justify-content:center;font-size:48px;color:rgba(0,0,0,.08);transform:rotate(-30deg);pointer-events:none}";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public const int DefaultWidth = 420;

    /// <summary>The layout width of a phone family's card view, in CSS pixels.</summary>
    public static int LayoutWidth(PhoneModel model) => model switch
    {
        PhoneModel.Honor => 384,
        PhoneModel.Xiaomi => 393,
        PhoneModel.Oppo => 412,
        PhoneModel.Vivo => 400,
        _ => 360,
    };

    private static string StyleFor(int width) => Style + "main{max-width:" + width + "px}";

    /// <summary>The policy a page of this width is served with: nothing but its own images, its one style block and its script if any.</summary>
    public static string ContentSecurityPolicy(int width = DefaultWidth, string? script = null) =>
        $"default-src 'none'; img-src 'self' data:; style-src '{Hash(StyleFor(width))}'; " +
        (script is null ? string.Empty : $"script-src '{Hash(script)}'; ") +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static string Hash(string block) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(block)));

    /// <param name="watermark">A preview's mark over the page; null on the real one.</param>
    /// <param name="width">The layout width in CSS pixels of the phone family shown.</param>
    /// <param name="script">The page's own script (a constant, allowed by its hash); null on card pages.</param>
    public static string Render(FilledCard card, string? watermark = null, int width = DefaultWidth, string? script = null)
    {
        var html = new StringBuilder(2048)
            .Append("<!doctype html><html lang=\"zh\" dir=\"ltr\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\">")
            // No icon to fetch: a phone's browser would otherwise ask the short domain for /favicon.ico, a code it does not know.
            .Append("<link rel=\"icon\" href=\"data:,\">")
            .Append("<title>").Append(Encoder.Encode(card.Name)).Append("</title><style>").Append(StyleFor(width)).Append("</style></head>")
            .Append("<body><main>");
        foreach (var page in card.Pages)
        {
            html.Append("<section>");
            foreach (var component in page.Components)
                Component(html, component);
            html.Append("</section>");
        }
        html.Append("</main>");
        if (watermark is not null)
            html.Append("<div class=\"watermark\">").Append(Encoder.Encode(watermark)).Append("</div>");
        if (script is not null)
            html.Append("<script>").Append(script).Append("</script>");
        return html.Append("</body></html>").ToString();
    }

    private static void Component(StringBuilder html, FilledCardComponent component)
    {
        var text = Encoder.Encode(component.Text ?? string.Empty);
        switch (component.Type)
        {
            case SmartComponentType.Title:
                html.Append("<h1>").Append(text).Append("</h1>");
                break;
            case SmartComponentType.Text:
                html.Append("<p>").Append(text).Append("</p>");
                break;
            case SmartComponentType.Image:
                html.Append("<img alt=\"\" loading=\"lazy\" src=\"").Append(Encoder.Encode(component.ImageUrl ?? string.Empty)).Append("\">");
                break;
            case SmartComponentType.Button when component.Href is null:
                // Its link came out invalid with this recipient's values: shown, but leads nowhere.
                html.Append("<span class=\"button\" aria-disabled=\"true\">").Append(text).Append("</span>");
                break;
            case SmartComponentType.Button:
                html.Append("<a class=\"button\" rel=\"noopener noreferrer\" data-button=\"").Append(Encoder.Encode(component.Id))
                    .Append("\" href=\"").Append(Encoder.Encode(component.Href ?? string.Empty)).Append("\">").Append(text).Append("</a>");
                break;
        }
    }
}
