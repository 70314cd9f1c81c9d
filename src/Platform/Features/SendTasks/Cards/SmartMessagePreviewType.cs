using System.Text.Json;
using GraphQL.Types;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class SmartMessagePreviewType : ObjectGraphType<SmartMessagePreview>
{
    public SmartMessagePreviewType()
    {
        Name = "SmartMessagePreview";
        Description = "An effect preview (效果预览): the text SMS, the filled card, and a preview page rendered like the real one.";
        Field(x => x.Text).Description("The text SMS as it will be sent: 【signature】, the filled variables and a sample short link.");
        Field<NonNullGraphType<StringGraphType>>("cardJson").Description("The filled card as JSON, as the card page answers Accept: application/json.")
            .Resolve(c => JsonSerializer.Serialize(c.Source.Card, CardPageEndpoint.Json));
        Field(x => x.PageUrl).Description("The preview page (watermarked, valid for an hour), rendered like the real card page at the phone family's width.");
    }
}
