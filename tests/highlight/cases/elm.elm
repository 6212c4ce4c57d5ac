module Main exposing (main, Model)

import Html exposing (Html, div, text)
import Html.Events exposing (onClick)

{- The model {- nested -} -}
type alias Model = { count : Int, ratio : Float }

type Msg = Increment | Reset

update : Msg -> Model -> Model
update msg model =
    case msg of
        Increment -> { model | count = model.count + 1 }
        Reset -> { model | count = 0x1F, ratio = 2.5e3 }

view : Model -> Html Msg
view model =
    div [ onClick Increment ] [ text ("Count: " ++ String.fromInt model.count ++ "\"") ]
-- end
