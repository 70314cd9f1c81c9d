namespace KooMessage.Client.Generator.Model;

internal enum ResultRecordKind
{
    /// <summary>A selection on an object type: a sealed record.</summary>
    Object,

    /// <summary>A selection on an interface or union: the abstract base of its variants.</summary>
    Abstract,

    /// <summary>A concrete object type of an abstract selection.</summary>
    Variant,

    /// <summary>Every other object type of an abstract selection, including types the client does not know yet.</summary>
    Fallback,
}
