using System.Text.Json.Serialization;

namespace Briefc.Watching;

/// <summary>Source-generated JSON (Native AOT has no reflection serializer) for the one string the view page embeds.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class ViewJsonContext : JsonSerializerContext;
