using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL.Errors;

public sealed class ValidationErrorType : ErrorObjectType<ValidationError>
{
    public ValidationErrorType() : base("An input field broke a rule; nothing was written.")
    {
        Field(x => x.Field).Description("Path of the offending input field, e.g. `slug` or `pages[1].title`.");
    }
}
