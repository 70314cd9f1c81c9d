using GraphQL.Types;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL.Errors;

/// <summary><c>interface Error { message: String! }</c>, implemented by every payload error type.</summary>
public sealed class ErrorInterface : InterfaceGraphType<DomainError>
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "An expected reason a mutation did nothing.";
        Field<NonNullGraphType<StringGraphType>>("message").Description("Human-readable explanation.");
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable machine-readable code, e.g. VALIDATION or NOT_FOUND.");
    }
}
