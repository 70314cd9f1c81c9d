namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// What the scenario helpers need of a running platform, whether it runs in the test process
/// (<see cref="PlatformHost"/>) or as a child process (<see cref="PlatformProcess"/>).
/// </summary>
public interface IPlatformInstance
{
    Uri BaseAddress { get; }

    GraphQLClient Admin();

    GraphQLClient As(string apiKey);
}
