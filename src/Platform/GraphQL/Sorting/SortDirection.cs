namespace KooMessage.Platform.GraphQL.Sorting;

public enum SortDirection
{
    Asc,
    Desc,
}
