namespace KooMessage.Platform.GraphQL.Connections;

/// <summary>Relay page information of one connection page.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
