using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Filtering;

public sealed class IntOperationFilterInputType : OperationFilterInputType
{
    public IntOperationFilterInputType()
    {
        Name = "IntOperationFilterInput";
        Description = "Conditions on a whole number.";
        Equality("Int", "number");
        Comparison("Int");
    }
}
