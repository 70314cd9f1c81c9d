using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplateParameterGraphType : ObjectGraphType<SmartTemplateParameter>
{
    public SmartTemplateParameterGraphType()
    {
        Name = "SmartTemplateParameter";
        Description = "A value filled in per recipient.";
        Field(x => x.Name).Description("Used as {{name}} in texts.");
        Field(x => x.Description).Description("What it is.");
        Field("maxLength", x => x.ValueMax).Description("The longest value a recipient may get.");
    }
}
