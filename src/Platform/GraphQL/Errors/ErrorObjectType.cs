using GraphQL.Types;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL.Errors;

/// <summary>Base of the payload error types: implements <c>Error</c> and recognises its record.</summary>
public abstract class ErrorObjectType<TError> : ObjectGraphType<TError>
    where TError : DomainError
{
    protected ErrorObjectType(string description)
    {
        Name = typeof(TError).Name;
        Description = description;
        Interface<ErrorInterface>();
        IsTypeOf = value => value is TError;
        Field(x => x.Message).Description("Human-readable explanation.");
        Field(x => x.Code).Description("Stable machine-readable code.");
    }
}
