using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkverbinder.Storage.Meetings;

/// <summary>The JSON of the list columns of meeting and feedback rows (source-generated, camelCase).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<StoredInvitee>))]
[JsonSerializable(typeof(List<StoredAction>))]
[JsonSerializable(typeof(List<StoredParty>))]
internal sealed partial class MeetingJsonContext : JsonSerializerContext;
