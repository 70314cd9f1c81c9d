namespace KooMessage.Platform.Tests.Infrastructure;

public static class Slugs
{
    /// <summary>A slug no other test uses: tests sharing an instance never collide.</summary>
    public static string New(string stem) => $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";
}
