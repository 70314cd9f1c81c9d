using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Filtering;

public sealed class DateTimeOperationFilterInputType : OperationFilterInputType
{
    public DateTimeOperationFilterInputType()
    {
        Name = "DateTimeOperationFilterInput";
        Description = "Conditions on a point in time (ISO-8601, compared in UTC).";
        Equality("DateTime", "time");
        Comparison("DateTime");
    }
}
