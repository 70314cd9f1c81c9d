using GraphQL.Types;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplateType : ReviewableObjectType<SmartTemplate>
{
    public SmartTemplateType() : base("SmartTemplate", "A smart-message template (智能信息模板): the card capable phones show.")
    {
        Field<NonNullGraphType<StringGraphType>>("name").Description("Up to 17 characters.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<BooleanGraphType>>("public").Description("Provided by the platform for every tenant (公共模板).").Resolve(c => c.Source.IsPlatformShared);
        Field<NonNullGraphType<BooleanGraphType>>("enabled").Description("Switched on by its tenant.").Resolve(c => c.Source.Enabled);
        Field<NonNullGraphType<BooleanGraphType>>("usable").Description("APPROVED and enabled.").Resolve(c => c.Source.IsUsable);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SmartTemplatePageGraphType>>>>("pages").Description("1–10 pages.").Resolve(c => c.Source.Pages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SmartTemplateParameterGraphType>>>>("parameters").Description("Up to 20 parameters.").Resolve(c => c.Source.Parameters);
    }
}
