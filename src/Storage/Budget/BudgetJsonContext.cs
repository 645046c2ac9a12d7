using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkverbinder.Storage.Budget;

/// <summary>The JSON of the budget and board access columns of referral rows (source-generated, camelCase).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StoredBudgetRequest))]
[JsonSerializable(typeof(StoredBoardAccess))]
internal sealed partial class BudgetJsonContext : JsonSerializerContext;
