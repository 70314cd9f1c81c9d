using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartComponentTypeType : EnumerationGraphType<SmartComponentType>
{
    public SmartComponentTypeType()
    {
        Name = nameof(SmartComponentType);
        Description = "Card component: TITLE, TEXT, IMAGE (an uploaded picture) or BUTTON (text + https URL).";
    }
}
