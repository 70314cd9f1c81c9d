using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplateType : ReviewableObjectType<SmartTemplate>
{
    public SmartTemplateType() : base("SmartTemplate", "A smart-message template (智能信息模板): the card capable phones show.")
    {
        Field(x => x.Name).Description("Up to 17 characters.");
        Field("public", x => x.IsPlatformShared).Description("Provided by the platform for every tenant (公共模板).");
        Field(x => x.Enabled).Description("Switched on by its tenant.");
        Field("usable", x => x.IsUsable).Description("Has an approved content and is enabled (a revision under review does not stop it).");
        Field(x => x.Pages).Description("1–10 pages.");
        Field(x => x.Parameters).Description("Up to 20 parameters.");
        Field<SmartTemplateRevisionGraphType>("revision").Description("Changed content under review while the approved content stays in use.")
            .Resolve(c => c.Source.Revision);
    }
}
