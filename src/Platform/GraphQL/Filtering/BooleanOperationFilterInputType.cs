using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Filtering;

public sealed class BooleanOperationFilterInputType : OperationFilterInputType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a yes/no field.";
        Field(FilterOperations.Eq, Ref("Boolean")).Description("Equal to.");
        Field(FilterOperations.Neq, Ref("Boolean")).Description("Not equal to.");
    }
}
