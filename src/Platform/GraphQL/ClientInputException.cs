namespace KooMessage.Platform.GraphQL;

/// <summary>
/// A scalar refused a client's value with a message written for the client (it names the accepted
/// forms): unlike other inner exceptions, its message is safe to show and is added to the error.
/// </summary>
public sealed class ClientInputException(string message) : FormatException(message);
