namespace KooMessage.Platform.GraphQL.Connections;

/// <summary>One item of a connection page with its cursor.</summary>
public sealed record Edge(string Cursor, object Node);
