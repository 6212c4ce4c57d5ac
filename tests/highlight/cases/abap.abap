* Report: list open orders
REPORT z_open_orders.

TABLES: vbak.
DATA: lt_orders TYPE STANDARD TABLE OF vbak,
      lv_count  TYPE i,
      lv_text   TYPE string VALUE 'It''s open'.

PARAMETERS p_max TYPE i DEFAULT 100.

START-OF-SELECTION.
  SELECT * FROM vbak INTO TABLE @DATA(lt_all) UP TO @p_max ROWS. " inline declaration
  LOOP AT lt_all INTO DATA(ls_order) WHERE auart = `ZOR`.
    APPEND ls_order TO lt_orders.
  ENDLOOP.
  lv_count = lines( lt_orders ).
  DATA(lo_alv) = NEW cl_salv_table( ).
  cl_demo_output=>display( lt_orders ).
  lo_alv->display( ).
  WRITE: / 'Orders:', lv_count, strlen( lv_text ).
  IF lv_count > 10 AND lv_count <= p_max.
    MESSAGE |Found { lv_count } orders| TYPE 'I'.
  ENDIF.
