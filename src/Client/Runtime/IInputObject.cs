namespace KooMessage.Client;

/// <summary>
/// Implemented by generated input records: yields the fields to send, in schema order, leaving out
/// optional fields that were never set so the server applies its defaults.
/// </summary>
public interface IInputObject
{
    IEnumerable<KeyValuePair<string, object?>> GetFieldValues();
}
