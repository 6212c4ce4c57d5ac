defmodule Kiln.Site do
  @moduledoc """
  Builds the site.
  """
  use GenServer
  alias Kiln.{Page, Writer}

  @max_pages 1_000

  def build(pages, opts \\ []) when is_list(pages) do
    pages
    |> Enum.filter(&(&1.published?))
    |> Enum.map(fn %Page{title: title} = page -> {title, page} end)
    |> Map.new()
  end

  defp render(%{body: body}, :html), do: "<p>#{body}</p>"
  defp render(_page, format), do: raise(ArgumentError, "unknown #{inspect(format)}")

  def sigils do
    regex = ~r/^\d+(\.\d+)?$/i
    words = ~w(one two three)a
    {regex, words, ?a, 0x1F, 3.14e-2, nil, true, :ok, 'charlist', __MODULE__}
  end
end
