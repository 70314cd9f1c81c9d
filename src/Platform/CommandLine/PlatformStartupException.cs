namespace KooMessage.Platform.CommandLine;

/// <summary>
/// A start-up failure the operator can fix (bad configuration): the program prints its message as one
/// line and exits 1 instead of dumping a stack trace.
/// </summary>
public sealed class PlatformStartupException(string message, Exception? inner = null) : Exception(message, inner);
