-- Package body with a few PL/SQL features
CREATE OR REPLACE PACKAGE BODY hr.emp_pkg AS
  /* multi-line
     comment ** with stars */
  g_count PLS_INTEGER := 0;

  FUNCTION get_salary (p_emp_id IN employees.employee_id%TYPE) RETURN NUMBER IS
    v_sal employees.salary%TYPE;
  BEGIN
    SELECT salary INTO v_sal FROM employees WHERE employee_id = p_emp_id;
    RETURN NVL(v_sal, 0) * 1.05e0;
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      RETURN -1;
  END get_salary;

  PROCEDURE log_it (p_msg VARCHAR2) IS
  BEGIN
    $IF $$debug $THEN
      DBMS_OUTPUT.PUT_LINE('debug: ' || p_msg || q'[it's quoted]' || q'{x}');
    $END
    IF p_msg IS NOT NULL AND LENGTH(p_msg) > 0 THEN
      INSERT INTO "Audit Log" (msg, ts) VALUES (p_msg, SYSDATE);
    END IF;
    FOR i IN 1..10 LOOP g_count := g_count + 1; END LOOP;
  END;
END emp_pkg;
/
MERGE INTO t USING s ON (t.id = s.id)
WHEN MATCHED THEN UPDATE SET t.v = s.v
WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, s.v);
