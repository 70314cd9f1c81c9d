using System.Text.Json;

namespace KooMessage.Client.Runtime.WebSockets;

/// <summary>
/// What a subscription's consumer receives: a <c>next</c> payload (an execution result), an
/// <c>error</c> payload (a list of errors), or a failure that ends the stream.
/// </summary>
internal sealed record SubscriptionMessage(JsonElement Payload, bool IsErrorList, Exception? Failure);
