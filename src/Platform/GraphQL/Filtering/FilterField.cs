using System.Linq.Expressions;

namespace KooMessage.Platform.GraphQL.Filtering;

/// <summary>
/// One filterable field: the entity member it reads, and for ID fields the node type whose global
/// IDs it accepts.
/// </summary>
public sealed record FilterField(LambdaExpression Member, string? IdTypeName);
