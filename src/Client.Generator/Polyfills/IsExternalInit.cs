namespace System.Runtime.CompilerServices;

// netstandard2.0 lacks this marker type; the compiler needs it to emit records and init accessors.
internal static class IsExternalInit
{
}
