namespace KooMessage.Platform.GraphQL;

/// <summary>Derives GraphQL names from graph type classes by convention: <c>TenantType</c> → <c>Tenant</c>.</summary>
public static class GraphTypeNames
{
    public static string Of(Type graphType)
    {
        var name = graphType.Name;
        var tick = name.IndexOf('`');
        if (tick >= 0)
            name = name[..tick];
        foreach (var suffix in (string[])["GraphType", "Type"])
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                return name[..^suffix.Length];
        }
        return name;
    }
}
