using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.GraphQL.Sorting;

[Name("SortEnumType")] // HotChocolate's name
[Description("Sort direction.")]
public enum SortDirection
{
    [Description("Ascending: smallest, earliest or alphabetically first.")]
    Asc,

    [Description("Descending: largest, latest or alphabetically last.")]
    Desc,
}
