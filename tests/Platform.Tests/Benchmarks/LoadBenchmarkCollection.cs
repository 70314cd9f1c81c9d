namespace KooMessage.Platform.Tests.Benchmarks;

/// <summary>
/// The load run alone: it saturates the machine's cores on purpose, which would stretch the timing of
/// tests running beside it, and their work would blur its figures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadBenchmarkCollection
{
    public const string Name = "Load benchmark";
}
