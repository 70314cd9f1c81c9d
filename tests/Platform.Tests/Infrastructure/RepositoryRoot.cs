namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder holding KooMessage.sln) from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "KooMessage.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("KooMessage.sln not found above " + AppContext.BaseDirectory);
    }
}
