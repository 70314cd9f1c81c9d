using GraphQL.Types;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class NonCapableRangeType : NodeObjectType<NonCapableRange>
{
    public NonCapableRangeType() : base("NonCapableRange", "A number range whose phones cannot render smart cards (operator-managed).")
    {
        Field<NonNullGraphType<StringGraphType>>("prefix").Description("Leading digits of the national number.").Resolve(c => c.Source.Prefix);
        Field<StringGraphType>("note").Description("Why.").Resolve(c => c.Source.Note);
    }
}
